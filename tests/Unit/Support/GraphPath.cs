using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Xunit.Sdk;

namespace DeepCopy.Tests.Support;

/// <summary>
/// Where a value sits in a graph: a parent-linked chain of segments, so a million-deep walk costs one small object
/// per step, and the text (<c>$.items[3].log</c>) is only built when a test fails.
/// </summary>
internal sealed class GraphPath
{
    public static readonly GraphPath Root = new GraphPath(null, "$");

    private static readonly ConcurrentDictionary<string, string> MemberSegments = new ConcurrentDictionary<string, string>();
    private readonly GraphPath? _parent;
    private readonly string _segment;

    private GraphPath(GraphPath? parent, string segment)
    {
        _parent = parent;
        _segment = segment;
    }

    public GraphPath Member(string name) => new GraphPath(this, MemberSegments.GetOrAdd(name, n => "." + n));

    public GraphPath Index(int index) => new GraphPath(this, "[" + index.ToString(CultureInfo.InvariantCulture) + "]");

    public GraphPath Key(object? key) => new GraphPath(this, "[" + ValueText.Of(key) + "]");

    public GraphPath KeyItself(int position) =>
        new GraphPath(this, ".Keys[" + position.ToString(CultureInfo.InvariantCulture) + "]");

    /// <summary>An assertion failure that says where in the graph the copy went wrong.</summary>
    public XunitException Failure(string message) =>
        new XunitException("The copy differs from its source at " + this + ": " + message);

    public override string ToString()
    {
        var segments = new List<string>();
        for (var step = this; step != null; step = step._parent)
        {
            segments.Add(step._segment);
        }

        var text = new StringBuilder();
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            text.Append(segments[i]);
        }

        return text.ToString();
    }
}
