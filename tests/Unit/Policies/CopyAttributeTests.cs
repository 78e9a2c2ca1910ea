using System.Collections.Generic;
using DeepCopy.Core;
using Xunit;
using static DeepCopy.Tests.Policies.PolicyTypes;

namespace DeepCopy.Tests.Policies
{
    /// <summary>[DeepCopyIgnore] on fields, auto-properties, [field:] targets and inside inline structs.</summary>
    public sealed class CopyAttributeTests
    {
        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void IgnoredFieldsGetTheirDefaultValue(DeepCopyStrategy strategy)
        {
            var source = new WithIgnored();

            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

            Assert.Null(copy.Cache);
            Assert.Equal(0, copy.Counter);
            Assert.Equal(System.Guid.Empty, copy.Id);
            Assert.Null(copy.FieldTarget);
            Assert.Null(copy.AutoProperty);
            Assert.Null(copy.Nullable);
            Assert.NotSame(source.Kept, copy.Kept);
            Assert.Equal(source.Kept, copy.Kept);

            // Inside an inline struct: ignored fields reset, the others deep-copied.
            Assert.Null(copy.Inline.Secret);
            Assert.Equal(0, copy.Inline.Count);
            Assert.NotSame(source.Inline.Kept, copy.Inline.Kept);
            Assert.Equal(source.Inline.Kept, copy.Inline.Kept);

            // The source is untouched.
            Assert.NotNull(source.Cache);
            Assert.Equal(7, source.Counter);
            Assert.Equal(9, source.Inline.Count);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void IgnoredFieldsAreResetInStructArraysAndBoxes(DeepCopyStrategy strategy)
        {
            var array = new[] { new ImmutableButIgnored { Kept = 1, Dropped = 2 } };
            var boxed = new List<object> { new ImmutableButIgnored { Kept = 3, Dropped = 4 } };

            var arrayCopy = DeepCopier.Copy(array, new DeepCopyOptions { Strategy = strategy });
            var boxedCopy = DeepCopier.Copy(boxed, new DeepCopyOptions { Strategy = strategy });

            Assert.Equal(1, arrayCopy[0].Kept);
            Assert.Equal(0, arrayCopy[0].Dropped);
            Assert.Equal(3, ((ImmutableButIgnored)boxedCopy[0]).Kept);
            Assert.Equal(0, ((ImmutableButIgnored)boxedCopy[0]).Dropped);
            Assert.Equal(2, array[0].Dropped);
        }
    }
}
