using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DeepCopy.Benchmarks
{
    /// <summary>
    /// Puts every benchmark of one workload (one class, one set of [Params], one job) in a single logical group,
    /// so the Ratio column compares each strategy with the workload's hand-written baseline, fastest first. By
    /// default BenchmarkDotNet groups by all parameters, method arguments included, and the strategy is a method
    /// argument. Everything else is left to <see cref="DefaultOrderer"/>.
    /// </summary>
    internal sealed class WorkloadOrderer : IOrderer
    {
        private readonly DefaultOrderer _default = new DefaultOrderer(SummaryOrderPolicy.FastestToSlowest);

        public bool SeparateLogicalGroups => true;

        public IEnumerable<BenchmarkCase> GetExecutionOrder(ImmutableArray<BenchmarkCase> benchmarksCase, IEnumerable<BenchmarkLogicalGroupRule>? order = null) =>
            _default.GetExecutionOrder(benchmarksCase, order);

        public IEnumerable<BenchmarkCase> GetSummaryOrder(ImmutableArray<BenchmarkCase> benchmarksCases, Summary summary) =>
            benchmarksCases
                .GroupBy(benchmarkCase => GetLogicalGroupKey(benchmarksCases, benchmarkCase))
                .OrderBy(group => group.Key)
                .SelectMany(group => group.OrderBy(benchmarkCase => summary[benchmarkCase]?.ResultStatistics?.Median ?? double.MaxValue));

        public string? GetHighlightGroupKey(BenchmarkCase benchmarkCase) => _default.GetHighlightGroupKey(benchmarkCase);

        public string GetLogicalGroupKey(ImmutableArray<BenchmarkCase> allBenchmarksCases, BenchmarkCase benchmarkCase)
        {
            var key = new StringBuilder(benchmarkCase.Descriptor.Type.FullName);
            foreach (var parameter in benchmarkCase.Parameters.Items)
            {
                if (!parameter.IsArgument)
                {
                    key.Append('|').Append(parameter.Name).Append('=').Append(parameter.ToDisplayText());
                }
            }

            return key.Append('|').Append(benchmarkCase.Job.DisplayInfo).ToString();
        }

        public IEnumerable<IGrouping<string, BenchmarkCase>> GetLogicalGroupOrder(
            IEnumerable<IGrouping<string, BenchmarkCase>> logicalGroups, IEnumerable<BenchmarkLogicalGroupRule>? order = null) =>
            logicalGroups.OrderBy(group => group.Key);
    }
}
