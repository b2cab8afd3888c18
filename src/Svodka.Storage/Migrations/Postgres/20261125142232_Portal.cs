using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Svodka.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Portal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sites",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    definition = table.Column<string>(type: "text", nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sites", x => x.key);
                });

            // Full-text search (Search/PostgresArticleSearch): Svodka's stems as a tsvector. Outside the EF
            // model so that both providers' search tables live in the same place, this migration.
            migrationBuilder.Sql("""
                CREATE TABLE article_search (
                    article_id bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
                    terms tsvector NOT NULL
                );
                CREATE INDEX ix_article_search_terms ON article_search USING GIN (terms);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS article_search;");
            migrationBuilder.DropTable(
                name: "sites");
        }
    }
}
