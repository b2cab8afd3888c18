using System.Reflection;
using BenchmarkDotNet.Running;
using Svodka.Bench;

// `micro [BenchmarkDotNet args]` runs the [Benchmark] classes; any other verb is an end-to-end
// command (a class implementing IBenchCommand) that prints its own figures.
var commands = typeof(IBenchCommand).Assembly.GetTypes()
    .Where(t => typeof(IBenchCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchCommand)Activator.CreateInstance(t)!)
    .OrderBy(c => c.Name, StringComparer.Ordinal)
    .ToList();

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine("usage: svodka-bench micro [BenchmarkDotNet options]   e.g. micro --filter '*FeedParse*'");
    Console.WriteLine("       svodka-bench COMMAND [options]");
    Console.WriteLine();
    foreach (var c in commands) Console.WriteLine($"  {c.Name,-24} {c.Description}");
    return 0;
}

if (args[0] == "micro")
{
    BenchmarkSwitcher.FromAssembly(Assembly.GetExecutingAssembly()).Run(args[1..]);
    return 0;
}

var command = commands.FirstOrDefault(c => c.Name == args[0]);
if (command is null)
{
    Console.Error.WriteLine($"svodka-bench: unknown command '{args[0]}' (see --help)");
    return 2;
}
return await command.RunAsync(args[1..]);
