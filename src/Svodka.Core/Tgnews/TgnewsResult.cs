namespace Svodka.Core.Tgnews;

/// <summary>Articles (file base names) detected in one language.</summary>
public sealed record LanguageGroup(string LangCode, IReadOnlyList<string> Articles);

/// <summary>News articles of one category.</summary>
public sealed record CategoryGroup(string Category, IReadOnlyList<string> Articles);

/// <summary>One thread (story): its title and its articles, most relevant first.</summary>
public sealed record NewsThread(string Title, IReadOnlyList<string> Articles);

/// <summary>A thread in the top list: its title, its category and its articles, most relevant first.</summary>
public sealed record TopThread(string Title, string Category, IReadOnlyList<string> Articles);

/// <summary>The threads of one category ("any" for all), most important first.</summary>
public sealed record TopCategory(string Category, IReadOnlyList<TopThread> Threads);

/// <summary>
/// What <see cref="TgnewsRunner.Run"/> produced: the output of the task asked for and of the tasks it needs.
/// Outputs of tasks not run are null.
/// </summary>
public sealed record TgnewsResult(
    TgnewsTask Task,
    IReadOnlyList<LanguageGroup> Languages,
    IReadOnlyList<string>? News,
    IReadOnlyList<CategoryGroup>? Categories,
    IReadOnlyList<NewsThread>? Threads,
    IReadOnlyList<TopCategory>? Top);
