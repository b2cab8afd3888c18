using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Svodka.Storage.Migrations.Sqlite
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
                    key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    definition = table.Column<string>(type: "TEXT", nullable: false),
                    enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sites", x => x.key);
                });

            // Full-text search (Search/SqliteArticleSearch): Svodka's stems, rowid = article id. Outside the
            // EF model, as FTS5 tables are; the portal's indexer fills it, starting with the articles stored so far.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE article_search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0');");
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
