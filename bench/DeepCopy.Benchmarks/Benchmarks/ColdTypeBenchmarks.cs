using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using DeepCopy.Benchmarks.Workloads;
using DeepCopy.Core;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Benchmarks.Benchmarks
{
    /// <summary>
    /// What a type costs the first time a process copies it: every invocation starts with the type plans (and so
    /// the compiled delegates that hang off them) thrown away, then copies N orders. Reflection pays nothing up
    /// front; Compiled pays code generation for every type; Auto starts on reflection and compiles a type once it
    /// has populated AdaptiveObjectFiller.CompileThreshold objects of it. The crossover picks that threshold.
    /// </summary>
    [InvocationCount(1)]
    public class ColdTypeBenchmarks
    {
        private List<Order> _graph = null!;

        [Params(1, 8, 32, 128, 512, 2_048)]
        public int Orders { get; set; }

        public static IEnumerable<DeepCopyStrategy> Strategies() =>
            new[] { DeepCopyStrategy.Auto, DeepCopyStrategy.Reflection, DeepCopyStrategy.Compiled };

        [GlobalSetup]
        public void Setup() => _graph = PocoWorkload.Build(Orders);

        [IterationSetup]
        public void ForgetEveryType() => TypePlanCache.Invalidate();

        [Benchmark]
        [ArgumentsSource(nameof(Strategies))]
        public object? FirstCopy(DeepCopyStrategy strategy) => DeepCopier.Copy(_graph, StrategyOptions.For(strategy), out _);
    }
}
