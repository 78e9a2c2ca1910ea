using System.Collections.Generic;
using System.Management.Automation;
using BenchmarkDotNet.Attributes;
using DeepCopy.Benchmarks.HandWritten;
using DeepCopy.Benchmarks.Workloads;
using DeepCopy.Core;

namespace DeepCopy.Benchmarks.Benchmarks
{
    /// <summary>
    /// Workload 2: the same records as PSCustomObjects. No JSON rows: System.Text.Json and Newtonsoft.Json see a
    /// PSObject's CLR properties (adapters, member tables), not its note properties, so their round trip is no copy.
    /// PowerShell's JSON idiom for PSCustomObjects is measured by Measure-DeepCopy -Baseline ConvertToJson instead.
    /// </summary>
    public class PSCustomObjectGraphBenchmarks
    {
        private PSObject _graph = null!;

        public static IEnumerable<DeepCopyStrategy> Strategies() => StrategyOptions.All();

        [GlobalSetup]
        public void Setup()
        {
            // What Import-Module does: registers the PSObject and [ref] handlers with Core.
            new ModuleInitializer().OnImport();
            _graph = PSCustomObjectWorkload.Build();
        }

        [Benchmark]
        [ArgumentsSource(nameof(Strategies))]
        public object? DeepCopy(DeepCopyStrategy strategy) => DeepCopier.Copy(_graph, StrategyOptions.For(strategy), out _);

        [Benchmark(Baseline = true)]
        public object? HandWritten() => PSCustomObjectCopier.Copy(_graph);

        [Benchmark]
        public object? PSSerializer() => RoundTrips.PSSerializer(_graph);
    }
}
