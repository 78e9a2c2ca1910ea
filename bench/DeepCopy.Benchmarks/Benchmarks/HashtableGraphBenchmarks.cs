using System.Collections;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using DeepCopy.Benchmarks.HandWritten;
using DeepCopy.Benchmarks.Workloads;
using DeepCopy.Core;

namespace DeepCopy.Benchmarks.Benchmarks
{
    /// <summary>Workload 1: 2,000 JSON-like records in case-insensitive hashtables and ordered dictionaries.</summary>
    public class HashtableGraphBenchmarks
    {
        private Hashtable _graph = null!;

        public static IEnumerable<DeepCopyStrategy> Strategies() => StrategyOptions.All();

        [GlobalSetup]
        public void Setup() => _graph = HashtableWorkload.Build();

        [Benchmark]
        [ArgumentsSource(nameof(Strategies))]
        public object? DeepCopy(DeepCopyStrategy strategy) => DeepCopier.Copy(_graph, StrategyOptions.For(strategy), out _);

        [Benchmark(Baseline = true)]
        public object? HandWritten() => HashtableCopier.Copy(_graph);

        [Benchmark]
        public object? PSSerializer() => RoundTrips.PSSerializer(_graph);

        [Benchmark]
        public object? SystemTextJson() => RoundTrips.SystemTextJsonToDom(_graph);

        [Benchmark]
        public object? NewtonsoftJson() => RoundTrips.NewtonsoftToDom(_graph);
    }
}
