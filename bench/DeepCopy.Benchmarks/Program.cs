using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Running;

namespace DeepCopy.Benchmarks
{
    /// <summary>
    /// Runs the suite. Arguments are BenchmarkDotNet's own, for example <c>--filter * --job short</c>;
    /// bench/Invoke-Benchmarks.ps1 passes the usual ones. Exits with 1 when a benchmark failed, or when a filter matched none.
    /// <c>memory [nodes] [strategy]</c> runs <see cref="MemoryProbe"/> instead.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "memory")
            {
                return MemoryProbe.Run(args);
            }

            var config = ManualConfig.Create(DefaultConfig.Instance)
                .AddDiagnoser(MemoryDiagnoser.Default)
                .AddExporter(JsonExporter.Full) // raw bytes per operation, read by Invoke-Benchmarks.ps1 -CheckAllocations
                .WithOrderer(new WorkloadOrderer());
            var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToArray();
            if (summaries.Length == 0 && args.Contains("--filter"))
            {
                Console.Error.WriteLine("No benchmark matched the filter.");
                return 1;
            }

            var failed = summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success));
            return failed ? 1 : 0;
        }
    }
}
