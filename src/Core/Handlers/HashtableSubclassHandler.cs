using System;
using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds the framework's own subclasses of <see cref="Hashtable"/> that have no handler of their own (the
    /// synchronized wrapper has one, <see cref="SynchronizedHashtableHandler"/>, and comes here only on a runtime where its
    /// wrapped table cannot be reached). Their <see cref="Hashtable.Clone"/> makes an instance of the right type and
    /// comparer; it is emptied and refilled with copied entries. This runs their Clone, Clear and indexer: framework code,
    /// which is why subclasses from any other assembly go to <see cref="HashtableRebuiltSubclassHandler"/> instead.
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

        protected override void Populate(Hashtable source, Hashtable shell, DeepCopyContext context)
        {
            NonGenericDictionaryFiller.Fill(source, shell, context);

            // Laid out otherwise than the source: an enumerator copied with it must fail rather than resume elsewhere.
            CollectionVersion<Hashtable>.MarkRebuilt(source, shell);
        }
    }
}
