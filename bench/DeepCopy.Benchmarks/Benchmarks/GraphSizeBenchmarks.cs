using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using DeepCopy.Benchmarks.HandWritten;
using DeepCopy.Benchmarks.Workloads;
using DeepCopy.Core;

namespace DeepCopy.Benchmarks.Benchmarks
{
    /// <summary>
    /// Where each exact strategy wins by graph size, warm: the POCO order shape from 1 to 100,000 orders (about 9 to
    /// 900,000 objects). Divide by the order count for time per order; flat means the engine scales linearly.
    /// </summary>
    public class GraphSizeBenchmarks
    {
        private List<Order> _graph = null!;

        [Params(1, 10, 100, 1_000, 10_000, 100_000)]
        public int Orders { get; set; }

        public static IEnumerable<DeepCopyStrategy> Strategies() =>
            new[] { DeepCopyStrategy.Auto, DeepCopyStrategy.Reflection, DeepCopyStrategy.Compiled, DeepCopyStrategy.Pooled };

        [GlobalSetup]
        public void Setup() => _graph = PocoWorkload.Build(Orders);

        [Benchmark]
        [ArgumentsSource(nameof(Strategies))]
        public object? DeepCopy(DeepCopyStrategy strategy) => DeepCopier.Copy(_graph, StrategyOptions.For(strategy), out _);

        [Benchmark(Baseline = true)]
        public object? HandWritten() => OrderCopier.Copy(_graph);
    }
}
