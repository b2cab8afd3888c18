namespace Svodka.Ingest.Tests.Fetching.Support;

/// <summary>Tests whose assertions are about elapsed time: they run with no other test class in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "timing";
}
