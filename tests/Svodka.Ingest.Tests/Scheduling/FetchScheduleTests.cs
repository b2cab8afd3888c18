using Svodka.Ingest.Scheduling;

namespace Svodka.Ingest.Tests.Scheduling;

public sealed class FetchScheduleTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 3, 12, 0, 0, TimeSpan.Zero);
    private const long Source = 42;

    [Fact]
    public void A_source_without_history_is_fetched_at_the_default_interval()
    {
        var next = FetchSchedule.NextFetch(Input());

        Assert.Equal(Now + Jittered(TimeSpan.FromMinutes(10)), next);
    }

    [Fact]
    public void Two_items_are_too_little_history_to_adapt_to()
    {
        var next = FetchSchedule.NextFetch(Input(items: Every(TimeSpan.FromHours(5), count: 2)));

        Assert.Equal(Now + Jittered(TimeSpan.FromMinutes(10)), next);
    }

    [Fact]
    public void A_feed_that_publishes_every_10_minutes_is_fetched_every_5()
    {
        var next = FetchSchedule.NextFetch(Input(items: Every(TimeSpan.FromMinutes(10), count: 12)));

        Assert.Equal(Now + Jittered(TimeSpan.FromMinutes(5)), next);
    }

    [Fact]
    public void A_feed_that_publishes_every_minute_is_never_fetched_more_often_than_every_2_minutes()
    {
        var next = FetchSchedule.NextFetch(Input(items: Every(TimeSpan.FromMinutes(1), count: 20)));

        Assert.Equal(Now + Jittered(TimeSpan.FromMinutes(2)), next);
    }

    [Fact]
    public void A_feed_that_publishes_every_few_hours_is_fetched_every_2_hours()
    {
        var next = FetchSchedule.NextFetch(Input(items: Every(TimeSpan.FromHours(6), count: 10)));

        Assert.Equal(Now + Jittered(TimeSpan.FromHours(2)), next);
    }

    [Fact]
    public void A_busy_feed_that_has_gone_quiet_slows_down_with_its_silence()
    {
        // Every 5 minutes until 61 minutes ago, nothing since: the silence is the typical gap now.
        var items = Every(TimeSpan.FromMinutes(5), count: 10).Select(t => t - TimeSpan.FromHours(1)).ToList();

        var next = FetchSchedule.NextFetch(Input(items: items));

        Assert.Equal(Now + Jittered(TimeSpan.FromMinutes(61) / 2), next);
    }

    [Fact]
    public void Items_published_in_one_burst_count_as_one_publication()
    {
        // A daily digest of 10 items stamped the same second, three days running: a daily feed, not a
        // feed with zero-second gaps.
        var items = Enumerable.Range(0, 3)
            .SelectMany(day => Enumerable.Repeat(Now - TimeSpan.FromDays(day) - TimeSpan.FromMinutes(1), 10))
            .ToList();

        var next = FetchSchedule.NextFetch(Input(items: items));

        Assert.Equal(Now + Jittered(TimeSpan.FromHours(2)), next);
    }

    [Fact]
    public void Item_times_in_the_future_count_as_now()
    {
        // A publisher with a wrong clock (or a hostile one) cannot stretch the gaps into the future.
        var history = Every(TimeSpan.FromMinutes(10), count: 12);

        var withFuture = FetchSchedule.NextFetch(Input(items: [.. history, Now + TimeSpan.FromDays(30)]));
        var withNow = FetchSchedule.NextFetch(Input(items: [.. history, Now]));

        Assert.Equal(withNow, withFuture);
        Assert.InRange(withFuture - Now, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(6));
    }

    [Fact]
    public void Only_the_newest_twenty_publications_shape_the_interval()
    {
        // Twenty publications 10 minutes apart, and far older ones a day apart that no longer matter.
        var recent = Every(TimeSpan.FromMinutes(10), count: 20);
        var old = Enumerable.Range(1, 30).Select(d => Now - TimeSpan.FromDays(d + 1));

        var next = FetchSchedule.NextFetch(Input(items: recent.Concat(old).ToList()));

        Assert.Equal(Now + Jittered(TimeSpan.FromMinutes(5)), next);
    }

    [Theory]
    [InlineData(1, 20)]
    [InlineData(2, 40)]
    [InlineData(3, 80)]
    [InlineData(6, 640)]
    public void Failures_in_a_row_double_the_delay_each_time(int failures, int minutes)
    {
        var next = FetchSchedule.NextFetch(Input(failures: failures));

        Assert.Equal(Now + Jittered(TimeSpan.FromMinutes(minutes)), next);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(30)]
    [InlineData(int.MaxValue)]
    public void Backoff_stops_growing_at_24_hours(int failures)
    {
        var next = FetchSchedule.NextFetch(Input(failures: failures));

        Assert.Equal(Now + TimeSpan.FromHours(24), next);
    }

    [Fact]
    public void Backoff_builds_on_the_adaptive_interval()
    {
        var next = FetchSchedule.NextFetch(Input(failures: 2, items: Every(TimeSpan.FromMinutes(10), count: 12)));

        Assert.Equal(Now + Jittered(TimeSpan.FromMinutes(20)), next);
    }

    [Fact]
    public void Retry_After_longer_than_the_interval_is_honoured()
    {
        var next = FetchSchedule.NextFetch(Input(retryAfter: TimeSpan.FromMinutes(45)));

        Assert.True(next >= Now + TimeSpan.FromMinutes(45), $"next fetch {next} comes before Retry-After");
        Assert.Equal(Now + Jittered(TimeSpan.FromMinutes(45)), next);
    }

    [Fact]
    public void Retry_After_shorter_than_the_interval_changes_nothing()
    {
        var next = FetchSchedule.NextFetch(Input(retryAfter: TimeSpan.FromMinutes(1)));

        Assert.Equal(Now + Jittered(TimeSpan.FromMinutes(10)), next);
    }

    [Fact]
    public void Retry_After_longer_than_the_backoff_wins_over_it()
    {
        var next = FetchSchedule.NextFetch(Input(failures: 1, retryAfter: TimeSpan.FromHours(3)));

        Assert.Equal(Now + Jittered(TimeSpan.FromHours(3)), next);
    }

    [Fact]
    public void Retry_After_is_capped_at_24_hours()
    {
        var next = FetchSchedule.NextFetch(Input(retryAfter: TimeSpan.FromDays(30)));

        Assert.Equal(Now + TimeSpan.FromHours(24), next);
    }

    [Fact]
    public void Nonsense_inputs_fall_back_to_sane_delays()
    {
        Assert.Equal(Now + Jittered(TimeSpan.FromMinutes(10)),
            FetchSchedule.NextFetch(Input(failures: -3, retryAfter: TimeSpan.FromMinutes(-5))));
        Assert.Equal(Now + Jittered(TimeSpan.FromMinutes(2)),
            FetchSchedule.NextFetch(Input() with { DefaultInterval = TimeSpan.Zero }));
        Assert.Equal(Now + TimeSpan.FromHours(24),
            FetchSchedule.NextFetch(Input() with { DefaultInterval = TimeSpan.FromDays(365) }));
    }

    [Fact]
    public void The_jitter_is_the_same_for_a_source_every_time_and_only_adds_up_to_a_tenth()
    {
        var first = FetchSchedule.NextFetch(Input() with { SourceId = 7 });
        var again = FetchSchedule.NextFetch(Input() with { SourceId = 7 });

        Assert.Equal(first, again);
        Assert.InRange(first - Now, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(11));
    }

    [Fact]
    public void Thousands_of_sources_with_the_same_history_do_not_fire_together()
    {
        var times = Enumerable.Range(1, 5000)
            .Select(id => FetchSchedule.NextFetch(Input() with { SourceId = id }))
            .ToList();

        // The 60 s of jitter on a 10 min interval, spread evenly: no second gets much more than its share (~83).
        var busiestSecond = times.GroupBy(t => t.ToUnixTimeSeconds()).Max(g => g.Count());
        Assert.InRange(busiestSecond, 1, 200);
        Assert.InRange(times.Max() - times.Min(), TimeSpan.FromSeconds(55), TimeSpan.FromSeconds(60));
    }

    private static ScheduleInput Input(int failures = 0, TimeSpan? retryAfter = null, IReadOnlyList<DateTimeOffset>? items = null) =>
        new(Now, FetchSchedule.DefaultInterval, failures, retryAfter, items ?? [], Source);

    /// <summary>Item times <paramref name="gap"/> apart, the newest one minute ago.</summary>
    private static List<DateTimeOffset> Every(TimeSpan gap, int count) =>
        Enumerable.Range(0, count).Select(i => Now - TimeSpan.FromMinutes(1) - gap * i).ToList();

    private static TimeSpan Jittered(TimeSpan delay) =>
        delay * (1 + FetchSchedule.JitterShare * FetchSchedule.JitterFraction(Source));
}
