using System;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using DeepCopy.Core.Measurement;

namespace DeepCopy.Measurement
{
    /// <summary>
    /// The second half of the ConvertToJson baseline: JSON text read back by JsonObject.ConvertFromJson, the conversion
    /// ConvertFrom-Json runs, which has no way to be stopped. Text long enough to keep Ctrl+C waiting is read on a worker
    /// thread that a stop abandons: the read touches nothing but the text and the objects it makes (no runspace, no
    /// script, nothing of the graph), so it may finish in the background, and its result is dropped. Shorter text is
    /// read on the calling thread, where it is over in a fraction of a second and a thread hop would be a measurable
    /// part of the round trip timed.
    /// </summary>
    internal sealed class StoppableJsonRead
    {
        /// <summary>
        /// Characters below which text is read on the calling thread. ConvertFrom-Json reads about half a million
        /// characters a second on a loaded 2-core machine, so a stop waits at most about a fifth of a second.
        /// </summary>
        internal const int BackgroundReadLength = 100_000;

        private readonly Func<string, object?> _convertFromJson;

        /// <param name="convertFromJson">Reads the text, to the end, on whichever thread calls it.</param>
        internal StoppableJsonRead(Func<string, object?> convertFromJson)
        {
            _convertFromJson = convertFromJson;
        }

        /// <summary>
        /// The reader for the JsonObject class that this session's ConvertFrom-Json cmdlet comes with, reading hashtables
        /// or PSCustomObjects; null where there is no such cmdlet or class (then the baseline runs ConvertFrom-Json itself).
        /// </summary>
        public static StoppableJsonRead? For(CommandInvocationIntrinsics invokeCommand, bool asHashtable)
        {
            var jsonObject = invokeCommand.GetCmdlet("ConvertFrom-Json")?.ImplementingType?.Assembly.GetType("Microsoft.PowerShell.Commands.JsonObject");
            var errorOut = typeof(ErrorRecord).MakeByRefType();
            var method = asHashtable
                ? jsonObject?.GetMethod("ConvertFromJson", new[] { typeof(string), typeof(bool), errorOut })
                : jsonObject?.GetMethod("ConvertFromJson", new[] { typeof(string), errorOut });
            return method is null || !method.IsStatic ? null : new StoppableJsonRead(json => Convert(method, asHashtable, json));
        }

        /// <summary>What ConvertFrom-Json makes of <paramref name="json"/>, or an <see cref="OperationCanceledException"/> on a stop.</summary>
        public object? Read(string json, CancellationToken cancellationToken)
        {
            if (json.Length < BackgroundReadLength)
            {
                return _convertFromJson(json);
            }

            var caller = Environment.CurrentManagedThreadId;
            var read = Task.Run(() => ReadCountingAllocations(json, caller));
            try
            {
                read.Wait(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Abandoned: its failure, if it has one, is observed here, so it is not reported as unobserved later.
                read.ContinueWith(abandoned => abandoned.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                throw;
            }
            catch (AggregateException)
            {
                // GetResult below throws the read's own exception rather than its wrapper.
            }

            var (value, workerBytes) = read.GetAwaiter().GetResult();

            // The worker's allocations are the copy's, as they would be had the text been read on this thread.
            GcProbe.CreditAllocatedBytes(workerBytes);
            return value;
        }

        // What the read allocated on the thread that ran it; nothing when that was the caller's own thread (a Wait may
        // run a task inline), whose reading already holds it.
        private (object? Value, long AllocatedBytes) ReadCountingAllocations(string json, int caller)
        {
            if (Environment.CurrentManagedThreadId == caller)
            {
                return (_convertFromJson(json), 0);
            }

            var before = GcProbe.AllocatedBytesForCurrentThread();
            var value = _convertFromJson(json);
            return (value, GcProbe.AllocatedBytesForCurrentThread() - before);
        }

        private static object? Convert(MethodInfo convertFromJson, bool asHashtable, string json)
        {
            var arguments = asHashtable ? new object?[] { json, true, null } : new object?[] { json, null };
            object? result;
            try
            {
                result = convertFromJson.Invoke(null, arguments);
            }
            catch (TargetInvocationException failed) when (failed.InnerException != null)
            {
                ExceptionDispatchInfo.Capture(failed.InnerException).Throw();
                throw;
            }

            if (arguments[arguments.Length - 1] is ErrorRecord error)
            {
                throw new InvalidOperationException("ConvertFrom-Json could not read the text ConvertTo-Json wrote: " + error, error.Exception);
            }

            return result;
        }
    }
}
