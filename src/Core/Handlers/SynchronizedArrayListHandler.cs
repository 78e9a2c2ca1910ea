using System;
using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds what <c>[System.Collections.ArrayList]::Synchronized($list)</c> returns, which scripts share between
    /// runspaces to collect results: a synchronized ArrayList again, filled from one snapshot taken under the lock its
    /// writers take, so a copy made while they add is whole instead of failing as changed during the copy.
    /// </summary>
    internal sealed class SynchronizedArrayListHandler : SnapshotHandler<ArrayList, object?>
    {
        /// <summary>The framework's private wrapper type, the one Synchronized returns for an ArrayList.</summary>
        public static Type WrapperType { get; } = ArrayList.Synchronized(new ArrayList()).GetType();

        public override bool CanHandle(Type type) => type == WrapperType;

        protected override ArrayList CreateShell(ArrayList source, DeepCopyContext context) => ArrayList.Synchronized(new ArrayList(source.Count));

        protected override object?[] Snapshot(ArrayList source)
        {
            lock (source.SyncRoot)
            {
                return source.ToArray();
            }
        }

        protected override void Refill(ArrayList shell, object?[] copies, DeepCopyContext context) => shell.AddRange(copies);
    }
}
