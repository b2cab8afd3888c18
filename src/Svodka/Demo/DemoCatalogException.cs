namespace Svodka.Demo;

/// <summary>A demo file that does not say what it must; the message names the file and line.</summary>
public sealed class DemoCatalogException(string message) : Exception(message);
