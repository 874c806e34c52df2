using BenchmarkDotNet.Running;

// Component benchmarks (BenchmarkDotNet): dotnet run -c Release --project bench/Marsad.Bench -- --filter '*'
// End-to-end harnesses register themselves in Harnesses by name: dotnet run -c Release --project bench/Marsad.Bench -- e2e
if (args.Length > 0 && Marsad.Bench.Harnesses.TryRun(args, out var exitCode))
{
    return exitCode;
}
BenchmarkSwitcher.FromAssembly(typeof(Marsad.Bench.Harnesses).Assembly).Run(args);
return 0;
