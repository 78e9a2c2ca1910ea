using System;
using System.Collections.Immutable;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.Reliability;

/// <summary>
/// A registered handler may copy what it wraps while it makes its shell. A chain of such wrappers (or of wrappers and
/// collections built whole) is copied one shell inside another, through the call stack, and used to overflow it and kill
/// the process. Past a bound it is now refused with an error, on a 1 MB stack.
/// </summary>
public sealed class ShellNestingTests
{
    public ShellNestingTests() => DeepCopyRegistry.RegisterHandler(WrapperHandler.Instance);

    public static TheoryData<DeepCopyStrategy, string> Kinds => Strategies.With("wrappers", "wrappers and immutable dictionaries");

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Endless_nesting_of_shells_is_refused_with_an_error(DeepCopyStrategy strategy, string kind)
    {
        SmallStackThread.Run(() =>
        {
            object current = "end";
            for (var i = 0; i < 100_000; i++)
            {
                current = new Wrapper(current);
                if (kind != "wrappers")
                {
                    current = ImmutableDictionary<string, object>.Empty.Add("n", current);
                }
            }

            var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(current, new DeepCopyOptions { Strategy = strategy }));

            Assert.Equal(DeepCopyErrorKind.MaxDepthExceeded, error.Kind);
            Assert.True(error.IsFixedLimit, "No MaxDepth was set, so the error must say the limit is the engine's own.");
            Assert.StartsWith("$", error.Path);
        });
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Shallow_nesting_of_shells_still_copies(DeepCopyStrategy strategy)
    {
        object current = "end";
        for (var i = 0; i < 50; i++)
        {
            current = ImmutableDictionary<string, object>.Empty.Add("n", new Wrapper(current));
        }

        var copy = DeepCopier.Copy(current, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(current, copy);
        Assert.IsType<Wrapper>(((ImmutableDictionary<string, object>)copy!)["n"]);
    }

    private sealed class Wrapper
    {
        public Wrapper(object inner)
        {
            Inner = inner;
        }

        public object Inner { get; }
    }

    /// <summary>Copies what a <see cref="Wrapper"/> wraps while making its shell, as wrappers that cannot exist empty do.</summary>
    private sealed class WrapperHandler : DeepCopyHandler
    {
        public static readonly WrapperHandler Instance = new WrapperHandler();

        public override bool NeedsPopulate => false;

        public override bool CanHandle(Type type) => type == typeof(Wrapper);

        public override object CreateShell(object source, DeepCopyContext context) => new Wrapper(context.CopyWrapped(((Wrapper)source).Inner)!);

        public override void Populate(object source, object shell, DeepCopyContext context)
        {
        }
    }
}
