using Npgsql;

namespace Svodka.Storage.Tests;

public sealed class DatabaseTargetTests
{
    private static string TempDir() => Path.Combine(Path.GetTempPath(), "svodka-target-" + Guid.NewGuid().ToString("N"), "DATA");

    [Fact]
    public void No_database_option_means_sqlite_in_the_data_directory_which_is_created()
    {
        var dataDir = TempDir();
        try
        {
            var target = SvodkaDatabase.Resolve(null, dataDir);

            Assert.Equal(DatabaseProvider.Sqlite, target.Provider);
            Assert.True(Directory.Exists(dataDir));
            Assert.Equal("SQLite " + Path.Combine(Path.GetFullPath(dataDir), "svodka.db"), target.Describe());
        }
        finally { Directory.Delete(Path.GetDirectoryName(dataDir)!, true); }
    }

    [Fact]
    public void A_file_path_is_a_sqlite_database_and_its_folder_is_created()
    {
        var dataDir = TempDir();
        var file = Path.Combine(dataDir, "other", "news.db");
        try
        {
            var target = SvodkaDatabase.Resolve(file, "unused");

            Assert.Equal(DatabaseProvider.Sqlite, target.Provider);
            Assert.True(Directory.Exists(Path.GetDirectoryName(file)));
            Assert.Contains(file, target.ConnectionString);
        }
        finally { Directory.Delete(Path.GetDirectoryName(dataDir)!, true); }
    }

    [Fact]
    public void A_sqlite_connection_string_is_kept_as_sqlite_with_its_file()
    {
        var dataDir = TempDir();
        var file = Path.Combine(dataDir, "news.db");
        try
        {
            var target = SvodkaDatabase.Resolve($"Data Source={file}", "unused");

            Assert.Equal(DatabaseProvider.Sqlite, target.Provider);
            Assert.Equal("SQLite " + file, target.Describe());
            Assert.True(Directory.Exists(dataDir));
        }
        finally { Directory.Delete(Path.GetDirectoryName(dataDir)!, true); }
    }

    [Theory]
    [InlineData("Host=db.internal;Port=5433;Database=svodka;Username=news;Password=s3cret")]
    [InlineData("server=db.internal;port=5433;database=svodka;user id=news;password=s3cret")]
    [InlineData("postgres://news:s3cret@db.internal:5433/svodka")]
    [InlineData("postgresql://news:s3cret@db.internal:5433/svodka")]
    public void Connection_strings_and_uris_naming_a_host_are_postgres_and_describe_hides_the_password(string db)
    {
        var target = SvodkaDatabase.Resolve(db, "unused");

        Assert.Equal(DatabaseProvider.Postgres, target.Provider);
        var parsed = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        Assert.Equal(("db.internal", 5433, "svodka", "news", "s3cret"),
            (parsed.Host, parsed.Port, parsed.Database, parsed.Username, parsed.Password));
        Assert.Equal("PostgreSQL news@db.internal:5433/svodka", target.Describe());
        Assert.DoesNotContain("s3cret", target.Describe());
        Assert.DoesNotContain("s3cret", target.ToString());
    }

    [Fact]
    public void Postgres_uri_decodes_escaped_password_and_reads_options()
    {
        var target = SvodkaDatabase.Resolve("postgres://news:p%40ss%3Aw0rd@db.example.com/svodka?sslmode=require", "unused");

        var parsed = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        Assert.Equal("p@ss:w0rd", parsed.Password);
        Assert.Equal(5432, parsed.Port);
        Assert.Equal(SslMode.Require, parsed.SslMode);
    }

    [Fact]
    public void Postgres_uri_with_an_unknown_option_is_refused_with_its_name()
    {
        var error = Assert.Throws<ArgumentException>(() => SvodkaDatabase.Resolve("postgres://u:p@h/db?frobnicate=1", "unused"));
        Assert.Contains("frobnicate", error.Message);
        Assert.DoesNotContain(":p@", error.Message);
    }

    [Fact]
    public void Postgres_contexts_prepare_their_statements_unless_the_connection_string_says_otherwise()
    {
        var prepared = new NpgsqlConnectionStringBuilder(SvodkaDbFactory.Prepared("Host=db;Database=svodka;Username=svodka"));
        Assert.Equal(100, prepared.MaxAutoPrepare);
        Assert.True(prepared.NoResetOnClose);
        Assert.Equal("db", prepared.Host);

        var own = new NpgsqlConnectionStringBuilder(SvodkaDbFactory.Prepared("Host=db;Max Auto Prepare=0;No Reset On Close=false"));
        Assert.Equal(0, own.MaxAutoPrepare);
        Assert.False(own.NoResetOnClose);
    }
}
