using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Svodka.Storage.Migrations.Postgres
{
    /// <summary>
    /// Statistics on the language expressions the portal filters articles by (a site's languages), which no column's
    /// statistics cover. Without them the planner takes COALESCE(…) = ANY (…) to keep 0.5% of articles, sorts a whole
    /// scan of the table for the newest 20 instead of walking ix_articles_listed_at_id, and starts a search from the
    /// articles rather than from the search index. Expression statistics came with PostgreSQL 14; older servers go
    /// without.
    /// </summary>
    public partial class LanguageStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF current_setting('server_version_num')::int >= 140000 THEN
                        -- Lists: EF writes a.DetectedLanguage ?? a.Language ?? "" so.
                        CREATE STATISTICS IF NOT EXISTS st_articles_list_language
                            ON (COALESCE(detected_language, COALESCE(language, ''))) FROM articles;
                        -- Search: ArticleSearch.Filters.
                        CREATE STATISTICS IF NOT EXISTS st_articles_search_language
                            ON (COALESCE(detected_language, language)) FROM articles;
                        ANALYZE articles;
                    END IF;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP STATISTICS IF EXISTS st_articles_list_language;
                DROP STATISTICS IF EXISTS st_articles_search_language;
                """);
        }
    }
}
