// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// takeResult: a worker that threw gives an empty result and the original message (unwrapped
// from QtConcurrent's QUnhandledException), never an exception on the UI thread.
#include "ui/services/worker_result.h"

#include <QPromise>
#include <QUnhandledException>
#include <QtTest>

#include <new>
#include <stdexcept>

using namespace hw::ui;

namespace {

QFuture<int> failedWith(std::exception_ptr e)
{
    QPromise<int> promise;
    QFuture<int> future = promise.future();
    promise.start();
    promise.setException(e);
    promise.finish();
    return future;
}

} // namespace

class TestWorkerResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueWhenTheWorkerSucceeded()
    {
        QPromise<int> promise;
        QFuture<int> future = promise.future();
        promise.start();
        promise.addResult(42);
        promise.finish();
        QString error;
        QCOMPARE(takeResult(future, &error), std::optional<int>(42));
        QVERIFY(error.isEmpty());
    }

    void messageOfWhatTheWorkerThrew()
    {
        QString error;
        // As QtConcurrent::run reports a std::exception: wrapped in QUnhandledException.
        const auto wrapped = std::make_exception_ptr(
            QUnhandledException(std::make_exception_ptr(std::runtime_error("loop L3 vanished"))));
        QVERIFY(!takeResult(failedWith(wrapped), &error));
        QCOMPARE(error, QStringLiteral("loop L3 vanished"));
        QVERIFY(!takeResult(failedWith(std::make_exception_ptr(std::bad_alloc())), &error));
        QCOMPARE(error, QStringLiteral("not enough memory"));
        QVERIFY(!takeResult(failedWith(std::make_exception_ptr(42)), &error));
        QCOMPARE(error, QStringLiteral("internal error"));
    }
};

QTEST_GUILESS_MAIN(TestWorkerResult)
#include "test_worker_result.moc"
