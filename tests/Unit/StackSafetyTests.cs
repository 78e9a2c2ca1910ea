using System.Collections;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using DeepCopy.Tests.Support;
using Xunit;
using Xunit.Sdk;

namespace DeepCopy.Tests;

/// <summary>
/// A million-deep chain is a normal input. Each test runs on a thread with a 1 MB stack, where recursion per level
/// would overflow and kill the test host, so passing proves the copy (and the checking) does not recurse.
/// </summary>
public sealed class StackSafetyTests
{
    private const int Depth = 1_000_000;

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Million_deep_linked_chain_copies_on_a_one_megabyte_stack(DeepCopyStrategy strategy)
    {
        SmallStackThread.Run(() =>
        {
            var source = Chains.Build(Depth);

            var copy = (Node?)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }, out var statistics);

            Assert.Equal((long)Depth, statistics.ObjectsCopied);
            Assert.Equal(Depth - 1, statistics.MaxDepthReached);
            Chains.AssertCopied(source, copy, Depth);
            GraphAssert.IsDeepCopy(source, copy);
        });
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Million_deep_chain_of_nested_hashtables_copies_on_a_one_megabyte_stack(DeepCopyStrategy strategy)
    {
        SmallStackThread.Run(() =>
        {
            var source = new Hashtable { ["value"] = 0 };
            var tail = source;
            for (var i = 1; i < Depth; i++)
            {
                var next = new Hashtable { ["value"] = i };
                tail["next"] = next;
                tail = next;
            }

            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

            var s = source;
            var c = copy;
            var length = 1;
            while (c["next"] is Hashtable nextCopy)
            {
                s = (Hashtable)s["next"]!;
                if (ReferenceEquals(s, nextCopy) || !Equals(s["value"], nextCopy["value"]))
                {
                    throw new XunitException("The copied chain differs from its source at link " + length + ".");
                }

                c = nextCopy;
                length++;
            }

            Assert.Equal(Depth, length);
            Assert.Equal(Depth - 1, c["value"]);
            Assert.Null(s["next"]);
        });
    }
}
