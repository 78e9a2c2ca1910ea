using System.Data;
using System.Linq;
using System.Threading.Tasks;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.SystemData;

/// <summary>Eight threads copy one DataSet at once, through every exact strategy: System.Data allows concurrent reads.</summary>
public sealed class DataSetConcurrencyTests
{
    [Fact]
    public async Task Eight_threads_copying_one_set_each_get_an_equal_independent_copy()
    {
        var sample = new SampleDataSet();
        var strategies = new[] { DeepCopyStrategy.Reflection, DeepCopyStrategy.Compiled, DeepCopyStrategy.Pooled, DeepCopyStrategy.Auto };

        var batches = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(thread => Task.Run(() => Enumerable.Range(0, 20)
                .Select(_ => DeepCopier.Copy(sample.Set, new DeepCopyOptions { Strategy = strategies[thread % strategies.Length] }))
                .ToArray())));

        foreach (var copy in batches.SelectMany(batch => batch))
        {
            Assert.Equal(string.Empty, string.Join("\n", DeepComparer.Compare(sample.Set, copy, new DeepCompareOptions { Independence = true })));
        }
    }
}
