using System.Runtime.CompilerServices;
using System.Threading;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// Counts steps of a walk and looks at its cancellation token once every <see cref="Interval"/> of them. Counting is
    /// a decrement, cheap enough for every element of every collection; the token (a volatile read) is read only at the
    /// end of a countdown. Per-element loops must tick it too, not only the walk's main loop: one step of that loop may
    /// be a whole collection of millions of elements, and the token would wait for all of them (docs/reliability.md).
    /// A mutable struct, ticked in place: keep it in a non-readonly field or pass it by ref.
    /// </summary>
    internal struct CancellationCountdown
    {
        /// <summary>Steps between looks at the token: a thousand of the dearest steps (a hashed insert) take about a millisecond.</summary>
        public const int Interval = 1024;

        private readonly CancellationToken _token;
        private int _left;

        public CancellationCountdown(CancellationToken token)
        {
            _token = token;
            _left = Interval;
        }

        /// <summary>One step: an element looked at, copied or queued.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Tick()
        {
            if (--_left <= 0)
            {
                Check();
            }
        }

        /// <summary>A step that costs as much as <paramref name="steps"/> plain ones, so the token is read sooner after it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Tick(int steps)
        {
            _left -= steps;
            if (_left <= 0)
            {
                Check();
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Check()
        {
            _left = Interval;
            _token.ThrowIfCancellationRequested();
        }
    }
}
