using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Svodka.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoryEdits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "edited_at",
                table: "stories",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_stories_edited_at",
                table: "stories",
                column: "edited_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_stories_edited_at",
                table: "stories");

            migrationBuilder.DropColumn(
                name: "edited_at",
                table: "stories");
        }
    }
}
