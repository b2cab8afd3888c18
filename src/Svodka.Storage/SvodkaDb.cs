using Microsoft.EntityFrameworkCore;
using Svodka.Storage.Entities;

namespace Svodka.Storage;

/// <summary>
/// The schema, shared by both databases. Each provider has its own subclass so that its migrations
/// (Migrations/Sqlite, Migrations/Postgres) are generated for its own SQL.
/// </summary>
public abstract class SvodkaDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleSource> ArticleSources => Set<ArticleSource>();
    public DbSet<FetchLogEntry> FetchLog => Set<FetchLogEntry>();
    public DbSet<ArticleTagRow> ArticleTags => Set<ArticleTagRow>();
    public DbSet<StoryRow> Stories => Set<StoryRow>();
    public DbSet<StoryTagRow> StoryTags => Set<StoryTagRow>();
    public DbSet<Sites.SiteRow> Sites => Set<Sites.SiteRow>();
    public DbSet<ApiKeys.ApiKeyRow> ApiKeys => Set<ApiKeys.ApiKeyRow>();
    public DbSet<Submissions.SubmissionRow> Submissions => Set<Submissions.SubmissionRow>();
    public DbSet<Users.UserRow> Users => Set<Users.UserRow>();

    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Source>(source =>
        {
            source.ToTable("sources");
            source.HasIndex(s => s.FeedUrl).IsUnique();
            source.Property(s => s.ETag).HasColumnName("etag");
            source.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            source.Property(s => s.FetchPolicy).HasConversion<string>().HasMaxLength(16);
            // Rows that predate the column rank as ordinary outlets; an explicit 0 (never rank) is still written as 0.
            source.Property(s => s.Authority).HasDefaultValue(1.0).HasSentinel(-1.0);
        });

        model.Entity<Article>(article =>
        {
            article.ToTable("articles");
            article.HasIndex(a => a.CanonicalUrl).IsUnique();
            article.HasIndex(a => a.SiteContentKey).IsUnique();
            article.Property(a => a.TitleHash).HasMaxLength(Storage.Submissions.TitleKey.HashLength);
            article.HasIndex(a => a.TitleHash);
            article.HasIndex(a => new { a.ListedAt, a.Id }).IsDescending();
            article.HasIndex(a => new { a.Rubric, a.ListedAt });
            article.HasIndex(a => new { a.DetectedLanguage, a.ListedAt });
            article.Property(a => a.DetectedLanguage).HasMaxLength(8);
            article.Property(a => a.Rubric).HasMaxLength(32);
            article.HasOne<StoryRow>().WithMany().HasForeignKey(a => a.StoryId).OnDelete(DeleteBehavior.SetNull);
            article.HasIndex(a => new { a.StoryId, a.ListedAt });
            // The story worker's queue: analysed articles it has not handled yet.
            article.HasIndex(a => a.Id).HasFilter("clustered_at IS NULL AND analysed_at IS NOT NULL").HasDatabaseName("ix_articles_story_queue");
        });

        model.Entity<StoryRow>(story =>
        {
            story.ToTable("stories");
            story.Property(s => s.Id).ValueGeneratedNever();
            story.Property(s => s.Language).HasMaxLength(8);
            story.Property(s => s.Rubric).HasMaxLength(32);
            story.HasIndex(s => s.LastAt);
            story.HasIndex(s => new { s.Rubric, s.LastAt });
            story.HasIndex(s => new { s.Language, s.LastAt });
            story.HasIndex(s => s.EditedAt);
        });

        model.Entity<StoryTagRow>(tag =>
        {
            tag.ToTable("story_tags");
            tag.HasKey(t => new { t.StoryId, t.Kind, t.Slug });
            tag.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
            tag.Property(t => t.Slug).HasMaxLength(128);
            tag.Property(t => t.Name).HasMaxLength(256);
            tag.HasOne(t => t.Story).WithMany(s => s.Tags).HasForeignKey(t => t.StoryId).OnDelete(DeleteBehavior.Cascade);
            tag.HasIndex(t => new { t.Kind, t.Slug, t.StoryId });
        });

        model.Entity<ArticleTagRow>(tag =>
        {
            tag.ToTable("article_tags");
            tag.HasKey(t => new { t.ArticleId, t.Kind, t.Slug });
            tag.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
            tag.Property(t => t.Slug).HasMaxLength(128);
            tag.Property(t => t.Name).HasMaxLength(256);
            tag.HasOne(t => t.Article).WithMany(a => a.Tags).HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
            // Region, person and topic pages: the newest articles with one tag.
            tag.HasIndex(t => new { t.Kind, t.Slug, t.ArticleId });
        });

        model.Entity<ArticleSource>(link =>
        {
            link.ToTable("article_sources");
            link.HasKey(l => new { l.ArticleId, l.SourceId });
            link.HasOne(l => l.Article).WithMany(a => a.Sources).HasForeignKey(l => l.ArticleId)
                .OnDelete(DeleteBehavior.Cascade);
            link.HasOne(l => l.Source).WithMany().HasForeignKey(l => l.SourceId)
                .OnDelete(DeleteBehavior.Cascade);
            link.HasIndex(l => new { l.SourceId, l.ItemId }).IsUnique().HasFilter("item_id IS NOT NULL");
            link.HasIndex(l => new { l.SourceId, l.FirstSeenAt });
        });

        global::Svodka.Storage.Sites.SiteRow.Configure(model);
        global::Svodka.Storage.ApiKeys.ApiKeyRow.Configure(model);
        global::Svodka.Storage.Submissions.SubmissionRow.Configure(model);
        global::Svodka.Storage.Users.UserRow.Configure(model);

        model.Entity<FetchLogEntry>(entry =>
        {
            entry.ToTable("fetch_log");
            entry.HasOne<Source>().WithMany().HasForeignKey(f => f.SourceId).OnDelete(DeleteBehavior.Cascade);
            entry.HasIndex(f => new { f.SourceId, f.StartedAt });
        });
    }
}
