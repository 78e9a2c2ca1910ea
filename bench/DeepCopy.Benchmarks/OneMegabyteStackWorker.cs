using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace DeepCopy.Benchmarks
{
    /// <summary>
    /// One long-lived thread with a 1 MB stack that runs work handed to it, as the chain target asks ("on a thread
    /// with a 1 MB stack": the size where recursive copiers overflow). The same thread serves every operation, so
    /// per-thread state (the pooled strategies' scratch) stays warm, as it would on any thread a user copies from.
    /// The hand-off costs microseconds, nothing against a copy of a million links, and every row pays it alike.
    /// </summary>
    internal sealed class OneMegabyteStackWorker : IDisposable
    {
        public const int StackSize = 1024 * 1024;

        private readonly Thread _thread;
        private readonly SemaphoreSlim _requested = new SemaphoreSlim(0);
        private readonly SemaphoreSlim _finished = new SemaphoreSlim(0);
        private Func<object?>? _work;
        private object? _result;
        private ExceptionDispatchInfo? _failure;
        private volatile bool _stopping;

        public OneMegabyteStackWorker()
        {
            _thread = new Thread(Serve, StackSize) { IsBackground = true, Name = "DeepCopy 1 MB stack" };
            _thread.Start();
        }

        public object? Run(Func<object?> work)
        {
            _work = work;
            _requested.Release();
            _finished.Wait();

            // Handed back and forgotten here, so the worker keeps no copy alive into the next operation.
            var result = _result;
            var failure = _failure;
            _result = null;
            _failure = null;
            failure?.Throw();
            return result;
        }

        public void Dispose()
        {
            _stopping = true;
            _requested.Release();
            _thread.Join();
            _requested.Dispose();
            _finished.Dispose();
        }

        private void Serve()
        {
            while (true)
            {
                _requested.Wait();
                if (_stopping)
                {
                    return;
                }

                try
                {
                    _result = _work!();
                }
                catch (Exception ex)
                {
                    _failure = ExceptionDispatchInfo.Capture(ex);
                }

                _finished.Release();
            }
        }
    }
}
