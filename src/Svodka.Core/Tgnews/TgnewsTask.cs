namespace Svodka.Core.Tgnews;

/// <summary>The contest's five tasks; each needs the ones before it.</summary>
public enum TgnewsTask { Languages, News, Categories, Threads, Top }
