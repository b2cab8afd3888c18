using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Svodka.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Analysis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "analysed_at",
                table: "articles",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "detected_language",
                table: "articles",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_news",
                table: "articles",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "language_confidence",
                table: "articles",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "news_confidence",
                table: "articles",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "not_news_rule",
                table: "articles",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "page_error",
                table: "articles",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "rubric",
                table: "articles",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "rubric_confidence",
                table: "articles",
                type: "double precision",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "article_tags",
                columns: table => new
                {
                    article_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    slug = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    confidence = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_article_tags", x => new { x.article_id, x.kind, x.slug });
                    table.ForeignKey(
                        name: "fk_article_tags_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_articles_detected_language_listed_at",
                table: "articles",
                columns: new[] { "detected_language", "listed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_rubric_listed_at",
                table: "articles",
                columns: new[] { "rubric", "listed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_article_tags_kind_slug_article_id",
                table: "article_tags",
                columns: new[] { "kind", "slug", "article_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "article_tags");

            migrationBuilder.DropIndex(
                name: "ix_articles_detected_language_listed_at",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_rubric_listed_at",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "analysed_at",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "detected_language",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "is_news",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "language_confidence",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "news_confidence",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "not_news_rule",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "page_error",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "rubric",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "rubric_confidence",
                table: "articles");
        }
    }
}
