using System.Collections.Generic;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// The strategies the behaviour matrix runs against. Every behaviour test is a theory over
/// <see cref="ExactStrategies"/>, so a new strategy that promises exact semantics joins the whole matrix by adding
/// one row there.
/// </summary>
public static class Strategies
{
    /// <summary>
    /// Strategies that must copy exactly: same runtime types, shapes, comparers and order, and no user code run.
    /// Json is not one of them (it reads public properties); it keeps its own exclusion list.
    /// </summary>
    public static TheoryData<DeepCopyStrategy> ExactStrategies => new TheoryData<DeepCopyStrategy>
    {
        DeepCopyStrategy.Reflection,
        DeepCopyStrategy.Compiled,
        DeepCopyStrategy.Pooled,
        DeepCopyStrategy.Auto,
    };

    /// <summary>Every exact strategy paired with every named case, for theories that also vary a case.</summary>
    public static TheoryData<DeepCopyStrategy, string> With(params string[] cases)
    {
        var data = new TheoryData<DeepCopyStrategy, string>();
        foreach (var strategy in All())
        {
            foreach (var name in cases)
            {
                data.Add(strategy, name);
            }
        }

        return data;
    }

    /// <summary>Every exact strategy paired with every combination of two named cases (a collection kind and a key shape...).</summary>
    public static TheoryData<DeepCopyStrategy, string, string> Crossed(IEnumerable<string> first, IEnumerable<string> second)
    {
        var data = new TheoryData<DeepCopyStrategy, string, string>();
        foreach (var strategy in All())
        {
            foreach (var a in first)
            {
                foreach (var b in second)
                {
                    data.Add(strategy, a, b);
                }
            }
        }

        return data;
    }

    /// <summary>The exact strategies as a list, for tests that mix them inside one run (thread safety).</summary>
    public static IReadOnlyList<DeepCopyStrategy> All()
    {
        var all = new List<DeepCopyStrategy>();
        foreach (DeepCopyStrategy strategy in ExactStrategies)
        {
            all.Add(strategy);
        }

        return all;
    }
}
