using System;
using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds subclasses of <see cref="Hashtable"/> (synchronized wrappers, PowerShell's OrderedHashtable...).
    /// Their own <see cref="Hashtable.Clone"/> makes an instance of the right type and comparer; it is emptied and
    /// refilled with copied entries. This runs the subclass's Clone, Clear and indexer: its own collection API.
    /// </summary>
    internal sealed class HashtableSubclassHandler : BuiltInHandler<Hashtable>
    {
        private readonly Type _type;

        public HashtableSubclassHandler(Type type)
        {
            _type = type;
        }

        public override bool CanHandle(Type type) => type == _type;

        protected override Hashtable CreateShell(Hashtable source, DeepCopyContext context)
        {
            var shell = (Hashtable)source.Clone();
            shell.Clear();
            return shell;
        }

        protected override void Populate(Hashtable source, Hashtable shell, DeepCopyContext context) =>
            NonGenericDictionaryFiller.Fill(source, shell, context);
    }
}
