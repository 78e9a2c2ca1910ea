using System.Linq;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using DeepCopy.Benchmarks.HandWritten;
using DeepCopy.Benchmarks.Workloads;
using DeepCopy.Core;

namespace DeepCopy.Benchmarks.Benchmarks
{
    /// <summary>
    /// Workload 4: a chain a million links deep. No serializer rows: System.Text.Json and Newtonsoft.Json recurse
    /// per level (System.Text.Json refuses past MaxDepth, and raising it overflows the stack, which kills the
    /// process), and PSSerializer stops at about 50 levels, so none of them can copy this graph.
    /// Every row copies on a thread with a 1 MB stack, the condition of the target it measures.
    /// </summary>
    public class DeepChainBenchmarks
    {
        private ChainNode _graph = null!;
        private OneMegabyteStackWorker _worker = null!;

        // Json stops at its documented depth limit (1000 by default) long before a million levels, by design.
        public static IEnumerable<DeepCopyStrategy> Strategies() => StrategyOptions.All().Where(strategy => strategy != DeepCopyStrategy.Json);

        [GlobalSetup]
        public void Setup()
        {
            _graph = ChainWorkload.Build();
            _worker = new OneMegabyteStackWorker();
        }

        [GlobalCleanup]
        public void Cleanup() => _worker.Dispose();

        [Benchmark]
        [ArgumentsSource(nameof(Strategies))]
        public object? DeepCopy(DeepCopyStrategy strategy) =>
            _worker.Run(() => DeepCopier.Copy(_graph, StrategyOptions.For(strategy), out _));

        [Benchmark(Baseline = true)]
        public object? HandWritten() => _worker.Run(() => ChainCopier.Copy(_graph));
    }
}
