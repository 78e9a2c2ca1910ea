using System;

namespace DeepCopy.Tests.Fixtures.Overrides;

/// <summary>
/// Counts the calls of the fixtures' overrides. Per thread: a test runs its copy or comparison on its own thread, and
/// test classes run in parallel, so a shared count would mix their calls.
/// </summary>
public static class OverrideCalls
{
    [ThreadStatic]
    private static int _count;

    public static int Count => _count;

    public static void Reset() => _count = 0;

    /// <summary>Counts a call and returns what the override gives back.</summary>
    public static T Record<T>(T result)
    {
        _count++;
        return result;
    }

    /// <summary>Counts a call and gives the exception the override throws.</summary>
    public static NotSupportedException Refuse(string member)
    {
        _count++;
        return new NotSupportedException("The override of " + member + " ran.");
    }
}
