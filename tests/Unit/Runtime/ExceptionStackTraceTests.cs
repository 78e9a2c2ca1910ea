using System;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.ExceptionServices;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Runtime;

/// <summary>
/// An exception thrown through generated code (a compiled expression here; PowerShell's call sites in a session, so
/// most of <c>$Error</c>) keeps that code alive from its stack trace: beside the frames the runtime stores keep-alive
/// objects it owns, which have finalizers. The copy shares those and copies the rest, so the trace reads the same and
/// rethrowing the copy leaves the source's trace alone.
/// </summary>
public sealed class ExceptionStackTraceTests
{
    private static readonly FieldInfo StackTraceField =
        typeof(Exception).GetField("_stackTrace", BindingFlags.Instance | BindingFlags.NonPublic)!;

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_exception_thrown_through_generated_code_copies_with_its_stack_trace(DeepCopyStrategy strategy)
    {
        var source = ThrowThroughCompiledLambda();
        var keepAlives = Assert.IsType<object[]>(StackTraceField.GetValue(source));
        Assert.Contains(keepAlives, item => item is not byte[]);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(source.StackTrace, copy.StackTrace);
        Assert.Equal(source.Message, copy.Message);
        var copiedKeepAlives = Assert.IsType<object[]>(StackTraceField.GetValue(copy));
        Assert.NotSame(keepAlives, copiedKeepAlives);
        Assert.NotSame(keepAlives[0], copiedKeepAlives[0]);
        for (var i = 1; i < keepAlives.Length; i++)
        {
            Assert.Same(keepAlives[i], copiedKeepAlives[i]);
        }
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Rethrowing_the_copy_leaves_the_source_trace_unchanged(DeepCopyStrategy strategy)
    {
        var source = ThrowThroughCompiledLambda();
        var sourceTrace = source.StackTrace;
        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        var rethrown = Assert.Throws<InvalidOperationException>(() => ExceptionDispatchInfo.Capture(copy).Throw());

        Assert.Same(copy, rethrown);
        Assert.NotEqual(sourceTrace, copy.StackTrace);
        Assert.Equal(sourceTrace, source.StackTrace);
    }

    private static InvalidOperationException ThrowThroughCompiledLambda()
    {
        var thrower = Expression.Lambda<Action>(
            Expression.Throw(Expression.New(typeof(InvalidOperationException).GetConstructor(new[] { typeof(string) })!, Expression.Constant("from generated code")))).Compile();
        try
        {
            thrower();
        }
        catch (InvalidOperationException ex)
        {
            return ex;
        }

        throw new InvalidOperationException("the compiled lambda did not throw");
    }
}
