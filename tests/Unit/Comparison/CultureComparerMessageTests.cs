using System;
using System.Collections.Generic;
using System.Globalization;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>Two culture-aware comparers that differ are named by their culture and options, not only by their type.</summary>
public sealed class CultureComparerMessageTests
{
    [Fact]
    public void The_message_names_the_culture_and_the_options()
    {
        var reference = new Dictionary<string, int>(StringComparer.Create(new CultureInfo("en-US"), ignoreCase: true));
        var difference = new Dictionary<string, int>(StringComparer.Create(new CultureInfo("tr-TR"), ignoreCase: false));

        var found = Assert.Single(DeepComparer.Compare(reference, difference));

        Assert.Equal(DeepDifferenceKind.ComparerDifferent, found.Kind);
        Assert.Equal("Expected keys compared by a [System.CultureAwareComparer] (culture en-US, options IgnoreCase) but they are compared by a [System.CultureAwareComparer] (culture tr-TR, options None).", found.Message);
        Assert.Contains("culture tr-TR, options None", found.Message);
    }
}
