using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Svodka.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TitleHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Rows already stored get their hash from TitleHashBackfill right after the migrations: the folding is C#.
            migrationBuilder.AddColumn<string>(
                name: "title_hash",
                table: "articles",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_articles_title_hash",
                table: "articles",
                column: "title_hash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_articles_title_hash",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "title_hash",
                table: "articles");
        }
    }
}
