using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using DeepCopy.Benchmarks.HandWritten;
using DeepCopy.Benchmarks.Workloads;
using DeepCopy.Core;
using Newtonsoft.Json;

namespace DeepCopy.Benchmarks.Benchmarks
{
    /// <summary>Workload 3: 10,000 typed orders with lines, attributes and shared customers. The JSON rows preserve references, so they keep the sharing too.</summary>
    public class PocoGraphBenchmarks
    {
        private static readonly JsonSerializerOptions SystemTextJsonOptions = new JsonSerializerOptions { ReferenceHandler = ReferenceHandler.Preserve };
        private static readonly JsonSerializerSettings NewtonsoftSettings = new JsonSerializerSettings { PreserveReferencesHandling = PreserveReferencesHandling.Objects };
        private List<Order> _graph = null!;

        public static IEnumerable<DeepCopyStrategy> Strategies() => StrategyOptions.All();

        [GlobalSetup]
        public void Setup() => _graph = PocoWorkload.Build();

        [Benchmark]
        [ArgumentsSource(nameof(Strategies))]
        public object? DeepCopy(DeepCopyStrategy strategy) => DeepCopier.Copy(_graph, StrategyOptions.For(strategy), out _);

        [Benchmark(Baseline = true)]
        public object? HandWritten() => OrderCopier.Copy(_graph);

        /// <summary>Typed code that tracks every object's identity: the floor for any copier that keeps all sharing.</summary>
        [Benchmark]
        public object? HandWrittenTrackingAll() => TrackingOrderCopier.Copy(_graph);

        [Benchmark]
        public object? PSSerializer() => RoundTrips.PSSerializer(_graph);

        [Benchmark]
        public object? SystemTextJson() => RoundTrips.SystemTextJsonTyped(_graph, SystemTextJsonOptions);

        [Benchmark]
        public object? NewtonsoftJson() => RoundTrips.NewtonsoftTyped(_graph, NewtonsoftSettings);
    }
}
