using System.Collections;
using System.Globalization;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>
/// A SortedList made without a comparer makes a Comparer of its own for the current culture, so two lists built apart
/// hold two comparers that order alike. They are the same comparer to Compare-DeepObject; other cultures are not.
/// </summary>
public sealed class NonGenericCultureComparerTests
{
    [Fact]
    public void Two_sorted_lists_made_without_a_comparer_compare_equal()
    {
        var reference = new SortedList { ["b"] = 2, ["a"] = 1 };
        var difference = new SortedList { ["a"] = 1, ["b"] = 2 };

        Assert.Empty(DeepComparer.Compare(reference, difference));
    }

    [Fact]
    public void Comparers_of_two_cultures_differ()
    {
        var reference = new SortedList(new Comparer(new CultureInfo("en-US"))) { ["a"] = 1 };
        var difference = new SortedList(new Comparer(new CultureInfo("tr-TR"))) { ["a"] = 1 };

        var found = Assert.Single(DeepComparer.Compare(reference, difference));

        Assert.Equal(DeepDifferenceKind.ComparerDifferent, found.Kind);
    }

    [Fact]
    public void Comparers_compare_by_culture_at_the_root_too()
    {
        Assert.Empty(DeepComparer.Compare(new Comparer(new CultureInfo("en-US")), new Comparer(new CultureInfo("en-US"))));
        Assert.Equal(DeepDifferenceKind.ValueDifferent, Assert.Single(DeepComparer.Compare(new Comparer(new CultureInfo("en-US")), new Comparer(new CultureInfo("tr-TR")))).Kind);
        Assert.NotEmpty(DeepComparer.Compare(new CaseInsensitiveComparer(new CultureInfo("en-US")), new CaseInsensitiveComparer(new CultureInfo("tr-TR"))));
    }
}
