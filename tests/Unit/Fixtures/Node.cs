namespace DeepCopy.Tests.Fixtures;

/// <summary>A linked node: the commonest shape of a deep graph.</summary>
public sealed class Node
{
    public Node? Next;

    public int Value;
}
