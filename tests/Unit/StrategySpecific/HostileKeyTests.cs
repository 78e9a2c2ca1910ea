using System;
using System.Collections.Generic;
using System.Threading;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.StrategySpecific
{
    /// <summary>Keys are copied whole before insertion; hostile nesting of keyed collections must end in an error, not a crash.</summary>
    public sealed class HostileKeyTests
    {
        public static TheoryData<DeepCopyStrategy> Exact => new TheoryData<DeepCopyStrategy>
        {
            DeepCopyStrategy.Auto, DeepCopyStrategy.Reflection, DeepCopyStrategy.Compiled, DeepCopyStrategy.Pooled,
        };

        [Theory]
        [MemberData(nameof(Exact))]
        public void SetsNestedAsElementsTenThousandDeepFailCleanlyOnASmallStack(DeepCopyStrategy strategy)
        {
            var root = new HashSet<object>();
            var current = root;
            for (var i = 0; i < 10_000; i++)
            {
                var next = new HashSet<object>();
                current.Add(next);
                current = next;
            }

            Exception? caught = null;
            var thread = new Thread(() => caught = Record.Exception(() => DeepCopier.Copy(root, new DeepCopyOptions { Strategy = strategy })), 1024 * 1024);
            thread.Start();
            thread.Join();

            var error = Assert.IsType<DeepCopyException>(caught);
            Assert.Equal(DeepCopyErrorKind.MaxDepthExceeded, error.Kind);
            Assert.True(error.IsFixedLimit, "No MaxDepth was set, so the error must say the limit is the engine's own.");
            Assert.StartsWith("$.Keys[0].Keys[0]", error.Path, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(Exact))]
        public void SetsNestedAsElementsAFewLevelsDeepCopy(DeepCopyStrategy strategy)
        {
            var inner = new HashSet<object> { "leaf" };
            var middle = new HashSet<object> { inner };
            var outer = new HashSet<object> { middle };

            var copy = DeepCopier.Copy(outer, new DeepCopyOptions { Strategy = strategy });

            var copiedMiddle = Assert.IsType<HashSet<object>>(Assert.Single(copy));
            var copiedInner = Assert.IsType<HashSet<object>>(Assert.Single(copiedMiddle));
            Assert.NotSame(inner, copiedInner);
            Assert.Equal("leaf", Assert.Single(copiedInner));
        }
    }
}
