using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using DeepCopy.Benchmarks.Workloads;
using DeepCopy.Core;

namespace DeepCopy.Benchmarks.Benchmarks
{
    /// <summary>Workload 5: int[1,000,000] and string[100,000]. The hand-written copy is Array.Clone: both element types are immutable.</summary>
    public class ArrayBenchmarks
    {
        private Array _graph = null!;

        public enum ArrayKind
        {
            Int32Million,
            String100K,
        }

        [Params(ArrayKind.Int32Million, ArrayKind.String100K)]
        public ArrayKind Kind { get; set; }

        public static IEnumerable<DeepCopyStrategy> Strategies() => StrategyOptions.All();

        [GlobalSetup]
        public void Setup() => _graph = Kind == ArrayKind.Int32Million ? ArrayWorkload.BuildInts() : ArrayWorkload.BuildStrings();

        [Benchmark]
        [ArgumentsSource(nameof(Strategies))]
        public object? DeepCopy(DeepCopyStrategy strategy) => DeepCopier.Copy(_graph, StrategyOptions.For(strategy), out _);

        [Benchmark(Baseline = true)]
        public object? HandWritten() => _graph.Clone();

        [Benchmark]
        public object? PSSerializer() => RoundTrips.PSSerializer(_graph);

        [Benchmark]
        public object? SystemTextJson() => _graph is int[] ints ? RoundTrips.SystemTextJsonTyped(ints) : RoundTrips.SystemTextJsonTyped((string[])_graph);

        [Benchmark]
        public object? NewtonsoftJson() => _graph is int[] ints ? RoundTrips.NewtonsoftTyped(ints) : RoundTrips.NewtonsoftTyped((string[])_graph);
    }
}
