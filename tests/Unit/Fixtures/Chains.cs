using Xunit;
using Xunit.Sdk;

namespace DeepCopy.Tests.Fixtures;

/// <summary>Builds and measures chains of <see cref="Node"/>s without recursion.</summary>
public static class Chains
{
    /// <summary>A chain of <paramref name="length"/> nodes whose values are 0, 1, 2...</summary>
    public static Node Build(int length)
    {
        var head = new Node { Value = 0 };
        var tail = head;
        for (var i = 1; i < length; i++)
        {
            tail.Next = new Node { Value = i };
            tail = tail.Next;
        }

        return head;
    }

    /// <summary>Walks a copied chain beside its source: same length and values, never a source node in the copy.</summary>
    public static void AssertCopied(Node source, Node? copy, int expectedLength)
    {
        var s = (Node?)source;
        var c = copy;
        var length = 0;
        var last = -1;
        while (c != null)
        {
            if (s is null || ReferenceEquals(s, c) || s.Value != c.Value)
            {
                throw new XunitException("The copied chain differs from its source at link " + length + ".");
            }

            last = c.Value;
            length++;
            s = s.Next;
            c = c.Next;
        }

        Assert.Null(s);
        Assert.Equal(expectedLength, length);
        Assert.Equal(expectedLength - 1, last);
    }
}
