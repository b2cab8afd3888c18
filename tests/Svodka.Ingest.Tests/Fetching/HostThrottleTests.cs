using Svodka.Ingest.Fetching;

namespace Svodka.Ingest.Tests.Fetching;

public sealed class HostThrottleTests
{
    [Fact]
    public async Task A_third_request_to_a_host_waits_until_one_of_two_leaves()
    {
        var throttle = new HostThrottle(maxPerHost: 2, maxConcurrent: 10);
        var first = await throttle.EnterHostAsync("lenta.ru", CancellationToken.None);
        using var second = await throttle.EnterHostAsync("LENTA.RU", CancellationToken.None);

        var third = throttle.EnterHostAsync("lenta.ru", CancellationToken.None);
        using var other = await throttle.EnterHostAsync("ria.ru", CancellationToken.None);
        await Task.Delay(50);
        Assert.False(third.IsCompleted, "a third request to the same host got in");

        first.Dispose();
        using var admitted = await third.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_global_cap_holds_across_hosts()
    {
        var throttle = new HostThrottle(maxPerHost: 2, maxConcurrent: 2);
        var a = await throttle.EnterAsync(CancellationToken.None);
        using var b = await throttle.EnterAsync(CancellationToken.None);

        var c = throttle.EnterAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.False(c.IsCompleted, "a third request got past a global cap of two");

        a.Dispose();
        using var admitted = await c.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_cancelled_wait_gives_up_without_taking_a_slot()
    {
        var throttle = new HostThrottle(maxPerHost: 1, maxConcurrent: 10);
        var held = await throttle.EnterHostAsync("lenta.ru", CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = throttle.EnterHostAsync("lenta.ru", cancel.Token);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();

        using var next = await throttle.EnterHostAsync("lenta.ru", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Hosts_are_forgotten_when_their_last_request_leaves()
    {
        var throttle = new HostThrottle(maxPerHost: 2, maxConcurrent: 10);
        for (var i = 0; i < 100; i++)
            (await throttle.EnterHostAsync($"host{i}.example", CancellationToken.None)).Dispose();

        Assert.Equal(0, throttle.TrackedHosts);
    }
}
