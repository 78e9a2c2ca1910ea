using System;
using System.Collections.Generic;
using System.Numerics;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// Numbers and dates of runtimes newer than netstandard2.0 (DateOnly, TimeOnly, Int128, UInt128, Half) and Complex are
    /// framework values like int and DateTime: compared as a whole at their own path, never by private fields.
    /// </summary>
    public sealed class NewerFrameworkValueTests
    {
        public static TheoryData<object, object> Pairs() => new TheoryData<object, object>
        {
            { new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 2) },
            { new TimeOnly(1, 0), new TimeOnly(2, 0) },
            { (Int128)5, (Int128)6 },
            { (UInt128)5, UInt128.MaxValue },
            { (Half)1.5f, (Half)2.5f },
            { new Complex(1, 2), new Complex(1, 3) },
        };

        [Theory]
        [MemberData(nameof(Pairs))]
        public void Two_different_values_differ_as_a_whole(object reference, object difference)
        {
            var found = Assert.Single(DeepComparer.Compare(reference, difference));

            Assert.Equal(DeepDifferenceKind.ValueDifferent, found.Kind);
            Assert.Equal("$", found.Path);
            Assert.Equal(reference, found.ReferenceValue);
            Assert.Equal(difference, found.DifferenceValue);
        }

        [Theory]
        [MemberData(nameof(Pairs))]
        public void In_a_list_the_path_is_the_items(object reference, object difference)
        {
            var found = Assert.Single(DeepComparer.Compare(new List<object> { reference }, new List<object> { difference }));

            Assert.Equal("$[0]", found.Path);
        }

        [Theory]
        [MemberData(nameof(Pairs))]
        public void As_keys_they_are_looked_up_like_other_values(object reference, object difference)
        {
            var found = DeepComparer.Compare(new HashSet<object> { reference }, new HashSet<object> { difference });

            Assert.Equal(2, found.Count);
            Assert.Contains(found, d => d.Kind == DeepDifferenceKind.MissingKey);
            Assert.Contains(found, d => d.Kind == DeepDifferenceKind.ExtraKey);
        }

        [Theory]
        [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
        public void A_copy_is_equal(DeepCopyStrategy strategy)
        {
            var source = new Dictionary<object, object>
            {
                [new DateOnly(2020, 1, 1)] = new TimeOnly(1, 2, 3),
                [(Int128)(-5)] = UInt128.MaxValue,
                [(Half)1.5f] = new Complex(1, -2),
            };

            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

            Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
        }
    }
}
