using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace DeepCopy.Tests.Support;

/// <summary>
/// Runs test code on a thread with a 1 MB stack. Recursion over a million-deep graph would overflow it and kill the
/// test host, so a test that passes here proves the code under test does not recurse with graph depth.
/// </summary>
internal static class SmallStackThread
{
    public const int OneMegabyte = 1024 * 1024;

    public static void Run(Action body)
    {
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    body();
                }
                catch (Exception ex)
                {
                    failure = ExceptionDispatchInfo.Capture(ex);
                }
            },
            OneMegabyte);
        thread.Start();
        thread.Join();
        failure?.Throw();
    }
}
