using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>
/// A class-library collection shared by both graphs is reported once, with what it holds as elements; the lists and
/// tables it keeps its entries in are its storage, shared because it is, and naming them too would only be noise.
/// Two different wrappers over one list still report that list.
/// </summary>
public sealed class SharedCollectionStorageTests
{
    [Fact]
    public void A_shared_ordered_dictionary_is_reported_without_its_storage()
    {
        var meta = new OrderedDictionary { ["a"] = new List<int> { 1 } };
        var reference = new Hashtable { ["meta"] = meta };
        var difference = new Hashtable { ["meta"] = meta };

        var paths = DeepComparer.Compare(reference, difference, new DeepCompareOptions { Independence = true })
            .Where(found => found.Kind == DeepDifferenceKind.SharedReference)
            .Select(found => found.Path)
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(new[] { "$['meta']", "$['meta']['a']" }, paths);
    }

    [Fact]
    public void Two_wrappers_over_one_list_still_report_the_list()
    {
        var shared = new List<int> { 1 };
        var reference = new object[] { new System.Collections.ObjectModel.ReadOnlyCollection<int>(shared) };
        var difference = new object[] { new System.Collections.ObjectModel.ReadOnlyCollection<int>(shared) };

        var found = Assert.Single(DeepComparer.Compare(reference, difference, new DeepCompareOptions { Independence = true }));

        Assert.Equal(DeepDifferenceKind.SharedReference, found.Kind);
        Assert.Same(shared, found.ReferenceValue);
    }
}
