using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Svodka.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StoryEdits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "edited_at",
                table: "stories",
                type: "timestamp with time zone",
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
