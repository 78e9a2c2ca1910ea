using System;
using System.Collections.Generic;
using System.Threading;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>
/// The comparer describes each pair of adapted values once. A table's view lists its rows and each row's view leads
/// back to the table; describing the table again for every row made comparing a 20,000-row DataTable take a minute.
/// </summary>
public sealed class AdapterDescribeCountTests
{
    [Fact]
    public void A_parent_reached_again_from_each_of_its_children_is_described_once_per_side()
    {
        var adapter = CountingAdapter.Instance;
        DeepComparer.RegisterAdapter(adapter);
        var reference = Family.Create(100);
        var difference = Family.Create(100);
        var before = Interlocked.Read(ref adapter.ParentDescriptions);

        Assert.Empty(DeepComparer.Compare(reference, difference));

        Assert.Equal(2, Interlocked.Read(ref adapter.ParentDescriptions) - before);
    }

    private sealed class Family
    {
        public readonly List<Child> Children = new List<Child>();

        public static Family Create(int children)
        {
            var family = new Family();
            for (var i = 0; i < children; i++)
            {
                family.Children.Add(new Child(family, i));
            }

            return family;
        }
    }

    private sealed class Child
    {
        public Child(Family parent, int number)
        {
            Parent = parent;
            Number = number;
        }

        public Family Parent { get; }

        public int Number { get; }
    }

    private sealed class CountingAdapter : DeepCompareAdapter
    {
        public static readonly CountingAdapter Instance = new CountingAdapter();

        public long ParentDescriptions;

        public override bool CanHandle(Type type) => type == typeof(Family) || type == typeof(Child);

        public override void Describe(object value, DeepCompareView view)
        {
            switch (value)
            {
                case Family family:
                    Interlocked.Increment(ref ParentDescriptions);
                    view.AddMember("Children", family.Children.ToArray());
                    break;
                case Child child:
                    view.AddMember("Number", child.Number);
                    view.AddMember("Parent", child.Parent);
                    break;
            }
        }
    }
}
