using Microsoft.Extensions.Options;

namespace Svodka.Ingest.Fetching;

/// <summary>Refuses unusable <see cref="FetcherOptions"/> (from a typo in configuration) with the setting named.</summary>
internal sealed class FetcherOptionsValidator : IValidateOptions<FetcherOptions>
{
    public ValidateOptionsResult Validate(string? name, FetcherOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
