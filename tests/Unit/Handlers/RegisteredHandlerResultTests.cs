using System;
using System.Collections.Generic;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Handlers;

/// <summary>
/// A registered handler is user code: a shell of another type, or a CanHandle that throws, fails the copy with a
/// HandlerFailed DeepCopyException at the value's path, as a custom copier's failures do, never with a raw cast error
/// from wherever the copy happened to be stored. A null shell is a null copy.
/// </summary>
public sealed class RegisteredHandlerResultTests
{
    public RegisteredHandlerResultTests()
    {
        MisfitHandler.EnsureRegistered();
        ThrowingProbeHandler.EnsureRegistered();
    }

    public static TheoryData<DeepCopyStrategy, string> Places => Strategies.With("field", "array", "list");

    [Theory]
    [MemberData(nameof(Places))]
    public void ShellOfAnotherTypeFailsWithThePathOfTheValue(DeepCopyStrategy strategy, string place)
    {
        var misfit = new MisfitSource();
        var source = new MisfitHolder();
        string expectedPath;
        switch (place)
        {
            case "field":
                source.Field = misfit;
                expectedPath = "$.Field";
                break;
            case "array":
                source.Array[0] = misfit;
                expectedPath = "$.Array[0]";
                break;
            default:
                source.List.Add(misfit);
                expectedPath = "$.List[0]";
                break;
        }

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.HandlerFailed, error.Kind);
        Assert.Equal(expectedPath, error.Path);
        Assert.Same(misfit, error.OffendingValue);
        Assert.Equal(typeof(MisfitSource), error.OffendingType);
        Assert.Contains(nameof(MisfitHandler), error.Message);
        Assert.Contains("System.Object", error.Message);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void ShellOfAnotherTypeFailsAtTheRoot(DeepCopyStrategy strategy)
    {
        var misfit = new MisfitSource();

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(misfit, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.HandlerFailed, error.Kind);
        Assert.Equal("$", error.Path);
        Assert.Same(misfit, error.OffendingValue);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void NullShellIsANullCopy(DeepCopyStrategy strategy)
    {
        var source = new MisfitHolder { Field = new MisfitSource { MakeNull = true } };
        source.List.Add(new MisfitSource { MakeNull = true });
        var options = new DeepCopyOptions { Strategy = strategy };

        var copy = DeepCopier.Copy(source, options);

        Assert.Null(copy.Field);
        Assert.Null(Assert.Single(copy.List));
        Assert.Null(DeepCopier.Copy(new MisfitSource { MakeNull = true }, options));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void CanHandleThatThrowsFailsWithTheHandlerAndTheType(DeepCopyStrategy strategy)
    {
        var thing = new ProbedThing();
        var source = new List<object> { 1, thing };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.HandlerFailed, error.Kind);
        Assert.Equal("$[1]", error.Path);
        Assert.Same(thing, error.OffendingValue);
        Assert.Contains(nameof(ThrowingProbeHandler), error.Message);
        Assert.Contains(nameof(ProbedThing), error.Message);
        Assert.Contains(ThrowingProbeHandler.Failure, error.Message);
        Assert.IsType<NotSupportedException>(error.InnerException);
    }
}
