
namespace Marsad.Bench;

/// <summary>
/// An end-to-end harness: a plain program over the real corpora in ../shared/data that
/// prints throughput and peak memory. Each harness is one class in its own file; it is
/// found by reflection, so adding one touches no shared list.
/// </summary>
public interface IHarness
{
    /// <summary>The name given as the first argument: <c>dotnet run -c Release --project bench/Marsad.Bench -- NAME</c>.</summary>
    string Name { get; }

    /// <summary>One line for <c>-- list</c>.</summary>
    string Description { get; }

    /// <summary>Runs the harness with the remaining arguments; returns the exit code.</summary>
    int Run(string[] args);
}

/// <summary>Finds and runs the harnesses.</summary>
public static class Harnesses
{
    /// <summary>Every harness in this assembly, by name.</summary>
    public static IReadOnlyDictionary<string, IHarness> All { get; } = typeof(Harnesses).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IHarness).IsAssignableFrom(t))
        .Select(t => (IHarness)Activator.CreateInstance(t)!)
        .ToDictionary(h => h.Name, StringComparer.Ordinal);

    /// <summary>Runs the harness named by <c>args[0]</c> (or lists them for <c>list</c>), if there is one.</summary>
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args[0] == "list")
        {
            foreach (var h in All.Values.OrderBy(h => h.Name, StringComparer.Ordinal))
            {
                Console.WriteLine($"{h.Name,-20} {h.Description}");
            }
            return true;
        }
        if (All.TryGetValue(args[0], out var harness))
        {
            exitCode = harness.Run(args[1..]);
            return true;
        }
        return false;
    }
}
